package main

import (
	"context"
	"fmt"
	"sync"
)

// team is what the tool set up on the real server: the administrator, logged-in
// members, the web chat channel and customer conversations.
type team struct {
	adminID    uint64
	adminToken string
	// tokens holds one access token per logged-in member (the administrator first):
	// sockets share them, as a member's browser tabs share one session.
	tokens     []string
	channelKey string
	// convs receive the team's messages; surveyChats are where surveys are sent and
	// answered, so the two loads never meet in one conversation.
	convs       []chat
	surveyChats []chat
	// userIDs are every member's ids (the administrator first), for seeded ratings.
	userIDs []uint64
}

// chat is a customer conversation and the customer's visitor token.
type chat struct {
	ID           uint64 `json:"conversation_id"`
	VisitorToken string `json:"visitor_token"`
}

// userJSON is the part of a user the tool reads.
type userJSON struct {
	ID uint64 `json:"id"`
}

// sessionJSON is the answer of setup and login.
type sessionJSON struct {
	AccessToken string   `json:"access_token"`
	User        userJSON `json:"user"`
}

const benchPassword = "npsbench-password"

// setUpTeam creates the administrator through POST /setup, then members (POST /users,
// one login each), and customer conversations. Logins and new chats are rate limited
// per address, so each simulated person sends from an address of its own in 127/8, as
// real people do; the server is still only ever reached at 127.0.0.1.
func setUpTeam(ctx context.Context, addr, setupToken string, members, conversations, surveyChats int) (*team, error) {
	admin := newAPI(addr, 8, "")
	defer admin.close()
	var s sessionJSON
	err := admin.call(ctx, "POST", "/api/v1/setup", "", map[string]string{
		"token": setupToken, "name": "Bench Admin", "email": "admin@npsbench.test", "password": benchPassword,
	}, 201, &s)
	if err != nil {
		return nil, err
	}
	t := &team{adminID: s.User.ID, adminToken: s.AccessToken, tokens: []string{s.AccessToken}, userIDs: []uint64{s.User.ID}}

	var channels struct {
		Items []struct {
			PublicKey string `json:"public_key"`
		} `json:"items"`
	}
	if err := admin.call(ctx, "GET", "/api/v1/channels", t.adminToken, nil, 200, &channels); err != nil {
		return nil, err
	}
	if len(channels.Items) == 0 {
		return nil, fmt.Errorf("setup made no web chat channel")
	}
	t.channelKey = channels.Items[0].PublicKey

	tokens, ids, err := addMembers(ctx, addr, t.adminToken, members)
	if err != nil {
		return nil, err
	}
	t.tokens = append(t.tokens, tokens...)
	t.userIDs = append(t.userIDs, ids...)
	chats, err := openChats(ctx, addr, t.channelKey, conversations+surveyChats)
	if err != nil {
		return nil, err
	}
	t.convs, t.surveyChats = chats[:conversations], chats[conversations:]
	return t, nil
}

// addMembers creates n managers and logs each in once, two at a time (password hashing
// is deliberately slow, and the machine has two cores).
func addMembers(ctx context.Context, addr, adminToken string, n int) ([]string, []uint64, error) {
	tokens, ids := make([]string, n), make([]uint64, n)
	errs := make(chan error, n)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				email := fmt.Sprintf("member%d@npsbench.test", i)
				admin := newAPI(addr, 1, "")
				var u userJSON
				err := admin.call(ctx, "POST", "/api/v1/users", adminToken, map[string]string{
					"name": fmt.Sprintf("Member %d", i), "email": email, "password": benchPassword, "role": "manager",
				}, 201, &u)
				ids[i] = u.ID
				admin.close()
				if err != nil {
					errs <- err
					continue
				}
				member := newAPI(addr, 1, sourceAddr(1, i))
				var s sessionJSON
				err = member.call(ctx, "POST", "/api/v1/auth/login", "", map[string]string{"email": email, "password": benchPassword}, 200, &s)
				member.close()
				if err != nil {
					errs <- err
					continue
				}
				tokens[i] = s.AccessToken
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return nil, nil, fmt.Errorf("add members: %w", err)
	}
	return tokens, ids, nil
}

// openChats starts n customer conversations through the public web chat, each customer
// from an address of its own.
func openChats(ctx context.Context, addr, channelKey string, n int) ([]chat, error) {
	out := make([]chat, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	sem := make(chan struct{}, 8)
	for i := 0; i < n; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer func() { <-sem; wg.Done() }()
			customer := newAPI(addr, 1, sourceAddr(2, i))
			defer customer.close()
			err := customer.call(ctx, "POST", "/api/v1/public/channels/"+channelKey+"/conversations", "",
				map[string]string{"name": fmt.Sprintf("Customer %d", i)}, 201, &out[i])
			if err != nil {
				errs <- err
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return nil, fmt.Errorf("open chats: %w", err)
	}
	return out, nil
}

// sourceAddr is the loopback address person i of a group sends from: 127.<group>.x.y.
func sourceAddr(group, i int) string {
	return fmt.Sprintf("127.%d.%d.%d", group, i/250, i%250+1)
}
