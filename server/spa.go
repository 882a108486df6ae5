package server

import (
	"fmt"
	"io/fs"
	"mime"
	"path"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// spaFile is one built file of the SPA, read into memory at start (the whole build is a
// few hundred KB), with its content type.
type spaFile struct {
	body        []byte
	contentType string
}

// spaFiles is the embedded SPA: index.html for the team app, chat.html for the
// customer's web chat, and the hashed assets.
type spaFiles struct {
	files map[string]spaFile
}

func loadSPA(dist fs.FS) (*spaFiles, error) {
	s := &spaFiles{files: make(map[string]spaFile)}
	err := fs.WalkDir(dist, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(dist, p)
		if err != nil {
			return err
		}
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = "application/octet-stream"
		}
		s.files["/"+p] = spaFile{body: body, contentType: ct}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load the built SPA: %w", err)
	}
	if _, ok := s.files["/index.html"]; !ok {
		return nil, fmt.Errorf("the built SPA has no index.html: run `make ui`")
	}
	return s, nil
}

// serve answers every path that is not the API: a built file as it is, hashed assets
// cached for a year, and any other path the SPA's index.html (the router in the browser
// takes it from there), never cached so a new release is picked up at once.
func (s *spaFiles) serve(c *fiber.Ctx) error {
	p := c.Path()
	if f, ok := s.files[p]; ok && p != "/index.html" && p != "/chat.html" {
		if strings.HasPrefix(p, "/assets/") {
			c.Set(fiber.HeaderCacheControl, "public, max-age=31536000, immutable")
		} else {
			c.Set(fiber.HeaderCacheControl, "no-cache")
		}
		c.Set(fiber.HeaderContentType, f.contentType)
		return c.Send(f.body)
	}
	if strings.HasPrefix(p, "/assets/") {
		return fiber.ErrNotFound
	}
	page := "/index.html"
	if strings.HasPrefix(p, "/chat/") {
		if _, ok := s.files["/chat.html"]; ok {
			page = "/chat.html"
			// The customer's chat is embedded by the widget on the team's own site.
			c.Set(fiber.HeaderContentSecurityPolicy, contentSecurityPolicy("*"))
			c.Response().Header.Del(fiber.HeaderXFrameOptions)
		}
	}
	f := s.files[page]
	c.Set(fiber.HeaderCacheControl, "no-cache")
	c.Set(fiber.HeaderContentType, f.contentType)
	return c.Send(f.body)
}
