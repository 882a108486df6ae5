package main

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gofiber/contrib/websocket"
	"github.com/gofiber/fiber/v2"
)

// The bare server is the fan-out baseline: fiber v2 + contrib/websocket with library
// defaults and the textbook broadcast design (a buffered channel and one writer
// goroutine per socket, dropped when its channel is full), and nothing else: no auth,
// no database, no per-message work beyond encoding the same two frames npsdesk sends
// for a message (message.created and conversation.updated). The tool runs it as a child
// process of its own binary (-bare-server), so its memory and CPU are measured as the
// real server's are.

// bareQueue is the per-socket channel size of the textbook broadcast server.
const bareQueue = 256

type bareClient struct {
	conn *websocket.Conn
	send chan []byte
	done chan struct{}
	once sync.Once
}

func (c *bareClient) stop() { c.once.Do(func() { close(c.done) }) }

type bareHub struct {
	mu      sync.RWMutex
	clients map[*bareClient]struct{}
	seq     atomic.Uint64
}

func (h *bareHub) broadcast(b []byte) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	for c := range h.clients {
		select {
		case c.send <- b:
		default:
			c.stop() // too slow: dropped
		}
	}
}

func (h *bareHub) serve(conn *websocket.Conn) {
	c := &bareClient{conn: conn, send: make(chan []byte, bareQueue), done: make(chan struct{})}
	h.mu.Lock()
	h.clients[c] = struct{}{}
	h.mu.Unlock()
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for {
			select {
			case <-c.done:
				conn.NetConn().SetReadDeadline(time.Now())
				return
			case b := <-c.send:
				conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
				if err := conn.WriteMessage(websocket.TextMessage, b); err != nil {
					c.stop()
				}
			}
		}
	}()
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			break
		}
	}
	h.mu.Lock()
	delete(h.clients, c)
	h.mu.Unlock()
	c.stop()
	<-writerDone
}

// bareMessage and bareConversation have the fields of npsdesk's frames, so the
// baseline encodes and sends as many bytes per message as the real server.
type bareMessage struct {
	ID             uint64    `json:"id"`
	ConversationID uint64    `json:"conversation_id"`
	Author         bareRef   `json:"author"`
	Text           string    `json:"text"`
	CreatedAt      time.Time `json:"created_at"`
}

type bareRef struct {
	Type string `json:"type"`
	ID   uint64 `json:"id,omitempty"`
}

type bareContact struct {
	ID        uint64    `json:"id"`
	Name      string    `json:"name"`
	CreatedAt time.Time `json:"created_at"`
}

type bareConversation struct {
	ID            uint64      `json:"id"`
	ChannelID     uint64      `json:"channel_id"`
	ContactID     uint64      `json:"contact_id"`
	CardType      *string     `json:"card_type"`
	CardID        *uint64     `json:"card_id"`
	Status        string      `json:"status"`
	CreatedAt     time.Time   `json:"created_at"`
	LastMessageAt time.Time   `json:"last_message_at"`
	LastMessage   string      `json:"last_message"`
	Unread        int         `json:"unread"`
	Contact       bareContact `json:"contact"`
}

type bareFrame struct {
	Type string `json:"type"`
	Data any    `json:"data"`
}

// runBareServer serves the baseline on addr until SIGTERM; it prints "listening" once
// the port is bound.
func runBareServer(addr string) int {
	hub := &bareHub{clients: make(map[*bareClient]struct{})}
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Get("/health", func(c *fiber.Ctx) error { return c.SendString("ok") })
	app.Get("/ws", websocket.New(hub.serve))
	app.Post("/publish", func(c *fiber.Ctx) error {
		var req struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(c.Body(), &req); err != nil || req.Text == "" {
			return c.Status(400).SendString("bad body")
		}
		now := time.Now().UTC()
		msg := bareMessage{ID: hub.seq.Add(1), ConversationID: 1, Author: bareRef{Type: "user", ID: 1}, Text: req.Text, CreatedAt: now}
		conv := bareConversation{ID: 1, ChannelID: 1, ContactID: 1, Status: "open", CreatedAt: now, LastMessageAt: now,
			LastMessage: req.Text, Contact: bareContact{ID: 1, Name: "Customer 1", CreatedAt: now}}
		msgFrame, _ := json.Marshal(bareFrame{Type: "message.created", Data: msg})
		convFrame, _ := json.Marshal(bareFrame{Type: "conversation.updated", Data: conv})
		hub.broadcast(msgFrame)
		hub.broadcast(convFrame)
		return c.Status(201).JSON(msg)
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bare server:", err)
		return 1
	}
	fmt.Printf("bare server listening on %s\n", ln.Addr())
	go app.Listener(ln)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
	app.ShutdownWithTimeout(2 * time.Second)
	return 0
}
