package server

import "time"

// limits are the per-key rate limits of abuse-prone endpoints.
type limits struct {
	// loginByIP and loginByEmail slow password guessing from one place or at one account.
	loginByIP    *rateLimiter
	loginByEmail *rateLimiter
	// conversationsByIP stops one address from flooding the inbox with new chats.
	conversationsByIP *rateLimiter
	// messagesByConversation stops one customer from flooding a chat.
	messagesByConversation *rateLimiter
}

func newLimits() limits {
	return limits{
		loginByIP:    newRateLimiter(20, 3*time.Second),
		loginByEmail: newRateLimiter(5, 20*time.Second),

		conversationsByIP:      newRateLimiter(10, 30*time.Second),
		messagesByConversation: newRateLimiter(20, time.Second),
	}
}
