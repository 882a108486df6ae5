package realtime

import (
	"sync"
	"sync/atomic"
	"time"
)

// Config tunes the hub; zero fields take the defaults.
type Config struct {
	// QueueSize is how many frames a socket may fall behind before it counts as too slow:
	// the size of the team's shared log, and of each visitor socket's queue. A team
	// socket whose writer is stuck (its peer reads nothing) is dropped a quarter of the
	// way. Frames are shared, so a large log costs little: about 400 KB per 1,000 frames.
	QueueSize int
	// PingInterval is how often the server pings; PongWait is how long it waits for any
	// sign of life before dropping the socket.
	PingInterval time.Duration
	PongWait     time.Duration
	// WriteTimeout bounds one frame's write.
	WriteTimeout time.Duration
	// ReadLimit is the largest frame a client may send.
	ReadLimit int64
}

func (c Config) withDefaults() Config {
	if c.QueueSize == 0 {
		c.QueueSize = 2048
	}
	if c.PingInterval == 0 {
		c.PingInterval = 25 * time.Second
	}
	if c.PongWait == 0 {
		c.PongWait = 60 * time.Second
	}
	if c.WriteTimeout == 0 {
		c.WriteTimeout = 10 * time.Second
	}
	if c.ReadLimit == 0 {
		c.ReadLimit = 4096
	}
	return c
}

// Hub knows every connected socket and delivers frames to the right ones.
type Hub struct {
	cfg     Config
	mu      sync.RWMutex
	team    map[*client]struct{}
	byUser  map[uint64]map[*client]struct{}
	byConv  map[uint64]map[*client]struct{}
	log     *teamLog
	dropped atomic.Int64
}

// NewHub makes an empty hub.
func NewHub(cfg Config) *Hub {
	cfg = cfg.withDefaults()
	return &Hub{
		cfg:    cfg,
		team:   make(map[*client]struct{}),
		byUser: make(map[uint64]map[*client]struct{}),
		byConv: make(map[uint64]map[*client]struct{}),
		log:    newTeamLog(cfg.QueueSize),
	}
}

// Serve runs one socket until it closes: it registers the socket, runs its writer, reads
// until the peer leaves, then forgets it. It returns only after its writer has finished,
// because the library reuses the connection once the handler returns.
func (h *Hub) Serve(conn Conn, id Identity) {
	c := newClient(conn, id, h.log, h.cfg.QueueSize)
	h.add(c)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		c.writeLoop(h.cfg)
	}()
	c.readLoop(h.cfg)
	h.remove(c)
	c.stop(0, "")
	<-writerDone
}

func (h *Hub) add(c *client) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if c.id.IsVisitor() {
		addTo(h.byConv, c.id.ConversationID, c)
		return
	}
	// Publishers append to the log under the read lock, so no frame can slip in
	// between this position and the socket joining the team.
	c.pos.Store(h.log.position())
	h.team[c] = struct{}{}
	addTo(h.byUser, c.id.UserID, c)
}

func (h *Hub) remove(c *client) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if c.id.IsVisitor() {
		removeFrom(h.byConv, c.id.ConversationID, c)
		return
	}
	delete(h.team, c)
	removeFrom(h.byUser, c.id.UserID, c)
}

func addTo(index map[uint64]map[*client]struct{}, key uint64, c *client) {
	set := index[key]
	if set == nil {
		set = make(map[*client]struct{})
		index[key] = set
	}
	set[c] = struct{}{}
}

func removeFrom(index map[uint64]map[*client]struct{}, key uint64, c *client) {
	set := index[key]
	delete(set, c)
	if len(set) == 0 {
		delete(index, key)
	}
}

// wire puts a frame on the wire format once, for every socket it goes to.
func wire(b []byte) []byte { return appendTextFrame(make([]byte, 0, len(b)+10), b) }

// ToTeam sends an encoded frame to every logged-in team member: one append to the team
// log, then a wake-up for each socket; it never blocks on a slow one.
func (h *Hub) ToTeam(b []byte) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	if len(h.team) == 0 {
		return
	}
	head := h.log.append(wire(b), 0)
	for c := range h.team {
		if !c.notify(head, h.cfg.QueueSize) {
			h.dropped.Add(1)
		}
	}
}

// ToUser sends an encoded frame to every socket of one team member.
func (h *Hub) ToUser(userID uint64, b []byte) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	set := h.byUser[userID]
	if len(set) == 0 {
		return
	}
	head := h.log.append(wire(b), userID)
	for c := range set {
		if !c.notify(head, h.cfg.QueueSize) {
			h.dropped.Add(1)
		}
	}
}

// ToVisitors sends an encoded frame to the customer sockets of one conversation.
func (h *Hub) ToVisitors(conversationID uint64, b []byte) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	set := h.byConv[conversationID]
	if len(set) == 0 {
		return
	}
	w := wire(b)
	for c := range set {
		if !c.enqueue(w) {
			h.dropped.Add(1)
		}
	}
}

// CloseSessions closes the sockets of ended sessions with CloseRevoked.
func (h *Hub) CloseSessions(sessionIDs ...string) {
	ended := make(map[string]bool, len(sessionIDs))
	for _, id := range sessionIDs {
		ended[id] = true
	}
	h.mu.RLock()
	defer h.mu.RUnlock()
	for c := range h.team {
		if ended[c.id.SessionID] {
			c.stop(CloseRevoked, "session revoked")
		}
	}
}

// CloseVisitors closes the customer sockets of a conversation (its token was revoked).
func (h *Hub) CloseVisitors(conversationID uint64) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	for c := range h.byConv[conversationID] {
		c.stop(CloseRevoked, "token revoked")
	}
}

// CloseAll closes every socket with 1001 (going away): the server is shutting down.
func (h *Hub) CloseAll() {
	h.mu.RLock()
	defer h.mu.RUnlock()
	for c := range h.team {
		c.stop(1001, "server shutting down")
	}
	for _, set := range h.byConv {
		for c := range set {
			c.stop(1001, "server shutting down")
		}
	}
}

// Stats is a snapshot of the hub for health checks and benchmarks.
type Stats struct {
	TeamSockets    int   `json:"team_sockets"`
	VisitorSockets int   `json:"visitor_sockets"`
	Dropped        int64 `json:"dropped"`
}

// Stats counts the connected sockets and the frames dropped for slow clients.
func (h *Hub) Stats() Stats {
	h.mu.RLock()
	defer h.mu.RUnlock()
	s := Stats{TeamSockets: len(h.team), Dropped: h.dropped.Load()}
	for _, set := range h.byConv {
		s.VisitorSockets += len(set)
	}
	return s
}
