package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// bbolt maps the whole file into memory and trusts its meta pages: a file cut short (a
// download or copy that broke off) makes the first read past its end a SIGBUS that kills
// the process instead of an error. checkFileLength reads the two meta pages the way bbolt
// does and refuses a file shorter than the pages they say it has.
//
// The layout is bbolt's file format (stable since bbolt 1.0): a 16-byte page header, then
// magic, version, page size, flags (4 bytes each), root bucket (16), freelist page id,
// high-water page id, transaction id, checksum (8 each), in the machine's byte order.
const (
	boltMagic       = 0xED0CDAED
	boltVersion     = 2
	boltMetaOffset  = 16
	boltMetaSumSpan = 56 // bytes of meta covered by the checksum
)

type boltMeta struct {
	pageSize uint32
	highPage uint64
	txid     uint64
}

// readBoltMeta decodes and checks one meta page; ok is false if it is not a valid one.
func readBoltMeta(page []byte) (boltMeta, bool) {
	if len(page) < boltMetaOffset+boltMetaSumSpan+8 {
		return boltMeta{}, false
	}
	m := page[boltMetaOffset:]
	e := binary.NativeEndian
	if e.Uint32(m[0:]) != boltMagic || e.Uint32(m[4:]) != boltVersion {
		return boltMeta{}, false
	}
	h := fnv.New64a()
	h.Write(m[:boltMetaSumSpan])
	if h.Sum64() != e.Uint64(m[boltMetaSumSpan:]) {
		return boltMeta{}, false
	}
	return boltMeta{pageSize: e.Uint32(m[8:]), highPage: e.Uint64(m[40:]), txid: e.Uint64(m[48:])}, true
}

// checkFileLength refuses a bbolt file without a valid meta page, or shorter than the
// newest valid meta page says.
func checkFileLength(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	head := make([]byte, 64<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s is not a database file: %w", path, err)
	}
	head = head[:n]
	first, ok0 := readBoltMeta(head)
	best, found := first, ok0
	for _, size := range []uint32{first.pageSize, uint32(os.Getpagesize()), 4096} {
		if size == 0 || int(size) >= len(head) {
			continue
		}
		if second, ok := readBoltMeta(head[size:]); ok && (!found || second.txid > best.txid) {
			best, found = second, true
			break
		}
	}
	if !found {
		return fmt.Errorf("%s is not a bbolt database file (no valid meta page)", path)
	}
	if need := int64(best.highPage) * int64(best.pageSize); st.Size() < need {
		return fmt.Errorf("%s is cut short: %d bytes of the %d its header describes", path, st.Size(), need)
	}
	return nil
}
