package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/storage"
	"github.com/valyala/fasthttp"
)

// requestSeeds are bodies that reach the interesting corners of decoding: valid
// requests, wrong types, deep nesting, trailing data, invalid UTF-8, huge numbers,
// duplicate keys, escapes and nulls.
var requestSeeds = []string{
	`{"name":"Anna","email":"anna@example.com","phone":"+1 555"}`,
	`{"text":"hello"}`, `{"text":null}`, `{"text":7}`, `{"text":["a"]}`,
	`{"status":"closed"}`, `{"card_type":"deal","card_id":1}`, `{"card_id":-1}`, `{"card_id":1e400}`,
	`{"name":"x","contact_id":1,"responsible_user_id":1,"subscriber_ids":[1,2,3]}`,
	`{"subscriber_ids":[18446744073709551616]}`, `{"enabled":true,"answer_timeout_hours":1e9}`,
	`{"graph":{"version":1,"nodes":[{"id":"s","type":"start"}],"edges":[]}}`,
	`[` + strings.Repeat(`[`, 40) + `]`, `{"a":` + strings.Repeat(`{"a":`, 40) + `1` + strings.Repeat(`}`, 41),
	`{"name":"a"} {"name":"b"}`, `{"name":"a",}`, "{\"name\":\"\xff\xfe\"}", `{"name":"\ud800"}`,
	`{"name":"a","name":"b"}`, `null`, `true`, `"x"`, `0`, ``, ` `, `{`, `}`, `{"\u0000":1}`,
}

// FuzzDecodeBody feeds arbitrary bytes to decodeBody for every request type a handler
// decodes: it must never panic, and a refusal is always a 400 or a 422 in the API's
// error shape (never an error that would become a 500).
func FuzzDecodeBody(f *testing.F) {
	for _, s := range requestSeeds {
		f.Add([]byte(s))
	}
	app := fiber.New()
	targets := []func() any{
		func() any { return &loginRequest{} },
		func() any { return &createUserRequest{} },
		func() any { return &updateUserRequest{} },
		func() any { return &cardRequest{} },
		func() any { return &conversationPatch{} },
		func() any { return &messageRequest{} },
		func() any { return &contactRequest{} },
		func() any { return &channelRequest{} },
		func() any { return &setupRequest{} },
		func() any { return &changePasswordRequest{} },
		func() any { return &map[string]any{} },
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		rc := &fasthttp.RequestCtx{}
		rc.Request.SetBody(body)
		c := app.AcquireCtx(rc)
		defer app.ReleaseCtx(c)
		for _, target := range targets {
			v := target()
			err := decodeBody(c, v)
			if err == nil {
				continue
			}
			var api *apiError
			if !errors.As(err, &api) || (api.Status != http.StatusBadRequest && api.Status != http.StatusUnprocessableEntity) || api.Code == "" {
				t.Fatalf("decodeBody(%q) into %T: %v, want a 400 or 422 apiError", body, v, err)
			}
		}
	})
}

// FuzzAPIRequestBody sends arbitrary bodies to the API's writes through the whole app
// (routing, auth, decoding, validation, storage): never a 5xx, and every error in the
// API's shape. The writes chosen are those that do not hash passwords, so the fuzzer
// runs thousands of inputs a second instead of tens.
func FuzzAPIRequestBody(f *testing.F) {
	for i, s := range requestSeeds {
		f.Add(uint8(i), []byte(s))
	}
	// Found by this fuzzer: a validation error from the callback of a storage update
	// came back as 503 storage_unavailable (fixed in storage.DB.write).
	f.Add(uint8(2), []byte(`{"nAme":""}`))
	a := newConfiguredApp(f, Config{}, storage.Options{NoSync: true})
	v := a.startChat("Anna")
	var contact struct{ ID uint64 }
	a.mustJSON("POST", "/api/v1/contacts", a.adminToken, map[string]any{"name": "Carl"}, http.StatusCreated, &contact)
	var deal struct{ ID uint64 }
	a.mustJSON("POST", "/api/v1/deals", a.adminToken, map[string]any{"name": "D", "contact_id": contact.ID, "responsible_user_id": a.adminID}, http.StatusCreated, &deal)
	conv := itoa(int(v.conversationID))
	routes := []struct{ method, path, token string }{
		{"POST", "/api/v1/contacts", a.adminToken},
		{"POST", "/api/v1/deals", a.adminToken},
		{"PATCH", "/api/v1/deals/" + itoa(int(deal.ID)), a.adminToken},
		{"POST", "/api/v1/customers", a.adminToken},
		{"PATCH", "/api/v1/conversations/" + conv, a.adminToken},
		{"POST", "/api/v1/conversations/" + conv + "/messages", a.adminToken},
		{"POST", "/api/v1/channels", a.adminToken},
		{"PATCH", "/api/v1/channels/1", a.adminToken},
		{"PATCH", "/api/v1/me", a.adminToken},
		{"PUT", "/api/v1/settings/nps", a.adminToken},
		{"PUT", "/api/v1/bots/1", a.adminToken},
		{"POST", "/api/v1/public/channels/" + a.defaultChannelKey() + "/conversations", ""},
		{"POST", "/api/v1/public/conversations/" + conv + "/messages", v.token},
		{"POST", "/api/v1/setup", ""},
	}
	app := a.srv.App()
	f.Fuzz(func(t *testing.T, pick uint8, body []byte) {
		r := routes[int(pick)%len(routes)]
		req := httptest.NewRequest(r.method, r.path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if r.token != "" {
			req.Header.Set("Authorization", "Bearer "+r.token)
		}
		// A request that takes seconds is a bug too (a hang, a lock held too long).
		resp, err := app.Test(req, 5000)
		if err != nil {
			t.Fatalf("%s %s: %v", r.method, r.path, err)
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			t.Fatalf("%s %s with %q: %d %s", r.method, r.path, body, resp.StatusCode, data)
		}
		if resp.StatusCode >= 400 {
			var shape struct {
				Error struct {
					Code    string `json:"code"`
					Message string `json:"message"`
				} `json:"error"`
			}
			if json.Unmarshal(data, &shape) != nil || shape.Error.Code == "" || shape.Error.Message == "" {
				t.Fatalf("%s %s with %q: %d not in the error shape: %s", r.method, r.path, body, resp.StatusCode, data)
			}
		}
	})
}
