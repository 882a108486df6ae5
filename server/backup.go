package server

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gofiber/fiber/v2"
)

// backup answers GET /admin/backup (admin): a consistent copy of the whole database,
// taken while the app keeps serving, as a file download that `npsdesk restore` accepts.
//
// The copy is first written to an unlinked temporary file beside the database and then
// streamed from it: the read transaction lasts as long as a local disk copy, not as long
// as a slow download (a long read transaction would hold back writers when the file has
// to grow), and nothing of the size of the database is held in memory.
func (s *Server) backup(c *fiber.Ctx) error {
	f, err := os.CreateTemp(filepath.Dir(s.store.Path()), ".backup-*.tmp")
	if err != nil {
		return errBackupFailed(err)
	}
	// Unlinked at once: the open file lives until the response has been sent, and
	// nothing is left behind if the process dies meanwhile.
	os.Remove(f.Name())
	n, err := s.store.Backup(f)
	if err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return errBackupFailed(err)
	}
	slog.Info("backup", "user_id", me(c).user.ID, "bytes", n)
	c.Set(fiber.HeaderContentType, "application/octet-stream")
	c.Set(fiber.HeaderContentDisposition, fmt.Sprintf(`attachment; filename="npsdesk-%s.db"`, s.store.Now().Format("2006-01-02")))
	c.Set(fiber.HeaderCacheControl, "no-store")
	// SendStream closes the file once the body has been written.
	return c.SendStream(f, int(n))
}

// errBackupFailed logs why a backup could not be made (usually a full disk) and answers
// 503 in the API's shape.
func errBackupFailed(err error) *apiError {
	slog.Error("backup failed", "err", err)
	return &apiError{Status: http.StatusServiceUnavailable, Code: "backup_failed", Message: "the server could not write the backup: is its disk full?", RetryAfter: 30}
}
