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

		// Many real customers can share one address (a mobile carrier's NAT, an office),
		// so a burst of 30 and then one every 5 s (12 a minute): a flood is still cut to
		// a trickle, and a busy shared address is not.
		conversationsByIP:      newRateLimiter(30, 5*time.Second),
		messagesByConversation: newRateLimiter(20, time.Second),
	}
}
