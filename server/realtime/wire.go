package realtime

import (
	"encoding/binary"
	"net"
)

// The hub frames text messages itself, once per publish, so that a socket's writer can
// send every frame waiting for it in one write (one writev syscall, no copy) instead of
// one write each. A server's frames are unmasked and we never compress, so a frame is a
// 2-, 4- or 10-byte header and the payload (RFC 6455, section 5.2).

// appendTextFrame appends payload to buf as one final, unmasked text frame.
func appendTextFrame(buf, payload []byte) []byte {
	const finText = 0x81
	n := len(payload)
	switch {
	case n <= 125:
		buf = append(buf, finText, byte(n))
	case n <= 0xFFFF:
		buf = append(buf, finText, 126)
		buf = binary.BigEndian.AppendUint16(buf, uint16(n))
	default:
		buf = append(buf, finText, 127)
		buf = binary.BigEndian.AppendUint64(buf, uint64(n))
	}
	return append(buf, payload...)
}

// SendBufferBytes is the kernel send buffer a WebSocket gets (Linux doubles it for its
// bookkeeping). Left to autotuning, a socket whose peer stopped reading can park
// megabytes in the kernel before its writer ever blocks, so the hub would notice it
// late, and 5,000 such sockets could hold gigabytes. Bounded, the writer blocks, the
// queue fills and the socket is dropped within a few hundred frames.
const SendBufferBytes = 32 << 10

// LimitSendBuffer bounds a connection's kernel send buffer, before the upgrade (the
// hijacked connection no longer exposes it). Connections other than TCP are left alone.
func LimitSendBuffer(c net.Conn) {
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetWriteBuffer(SendBufferBytes)
	}
}
