package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"sync"
)

// The tool's sockets are dialed with fasthttp/websocket's Dialer (the handshake, the
// Bearer header, the refusals), then read with the minimal frame reader below: the
// overload scenario has the tool read millions of frames a second on the same two cores
// as the server, and a reader that touches each frame once keeps the tool from being
// what falls behind.

// handshakeConn hands the Dialer the handshake response and not one byte more, so
// frames that follow it at once stay here for the frame reader instead of being lost
// in the library's buffer.
type handshakeConn struct {
	net.Conn
	acc     []byte // read from the network, not yet handed on
	handing int    // bytes of the response still to hand to the Dialer
	done    bool
}

var headerEnd = []byte("\r\n\r\n")

// Read serves the Dialer during the handshake, and the frame reader after it.
func (h *handshakeConn) Read(p []byte) (int, error) {
	if h.done {
		if len(h.acc) > 0 {
			n := copy(p, h.acc)
			h.acc = h.acc[n:]
			return n, nil
		}
		return h.Conn.Read(p)
	}
	for h.handing == 0 {
		if i := bytes.Index(h.acc, headerEnd); i >= 0 {
			h.handing = i + len(headerEnd)
			break
		}
		buf := make([]byte, 1024)
		n, err := h.Conn.Read(buf)
		h.acc = append(h.acc, buf[:n]...)
		if err != nil {
			return 0, err
		}
	}
	n := copy(p[:min(len(p), h.handing)], h.acc)
	h.acc = h.acc[n:]
	h.handing -= n
	if h.handing == 0 {
		h.done = true
	}
	return n, nil
}

// closeError is a close frame from the server.
type closeError struct{ code int }

func (e *closeError) Error() string { return fmt.Sprintf("closed by the server with %d", e.code) }

// frameReader reads a server's (unmasked) frames from a socket and answers pings.
type frameReader struct {
	nc      net.Conn
	br      *bufio.Reader
	scratch []byte
	writeMu sync.Mutex
}

func newFrameReader(nc net.Conn) *frameReader {
	return &frameReader{nc: nc, br: bufio.NewReaderSize(nc, 16<<10)}
}

// next returns the next data frame's payload; it is valid until the following call.
func (r *frameReader) next() ([]byte, error) {
	for {
		hdr, err := r.br.Peek(2)
		if err != nil {
			return nil, err
		}
		opcode, size := hdr[0]&0x0f, int(hdr[1]&0x7f)
		masked := hdr[1]&0x80 != 0
		head := 2
		switch size {
		case 126:
			ext, err := r.br.Peek(4)
			if err != nil {
				return nil, err
			}
			size, head = int(binary.BigEndian.Uint16(ext[2:])), 4
		case 127:
			ext, err := r.br.Peek(10)
			if err != nil {
				return nil, err
			}
			size, head = int(binary.BigEndian.Uint64(ext[2:])), 10
		}
		if masked || size > 16<<20 {
			return nil, errors.New("malformed frame from the server")
		}
		r.br.Discard(head)
		payload, err := r.payload(size)
		if err != nil {
			return nil, err
		}
		switch opcode {
		case 0x1, 0x2, 0x0:
			return payload, nil
		case 0x8:
			code := 1005
			if len(payload) >= 2 {
				code = int(binary.BigEndian.Uint16(payload))
			}
			return nil, &closeError{code: code}
		case 0x9:
			if err := r.pong(payload); err != nil {
				return nil, err
			}
		}
	}
}

// payload reads size bytes: from the buffer when they fit, else into scratch.
func (r *frameReader) payload(size int) ([]byte, error) {
	if size <= r.br.Size() {
		p, err := r.br.Peek(size)
		if err != nil {
			return nil, err
		}
		r.br.Discard(size)
		return p, nil
	}
	if cap(r.scratch) < size {
		r.scratch = make([]byte, size)
	}
	p := r.scratch[:size]
	_, err := io.ReadFull(r.br, p)
	return p, err
}

// pong answers a ping with a masked pong carrying the same data, as a client must.
func (r *frameReader) pong(data []byte) error {
	frame := make([]byte, 0, 6+len(data))
	key := rand.Uint32()
	frame = append(frame, 0x8A, 0x80|byte(len(data)))
	frame = binary.BigEndian.AppendUint32(frame, key)
	mask := frame[2:6]
	for i, c := range data {
		frame = append(frame, c^mask[i%4])
	}
	r.writeMu.Lock()
	defer r.writeMu.Unlock()
	_, err := r.nc.Write(frame)
	return err
}
