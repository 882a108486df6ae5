package server

import (
	"strings"
	"testing"
)

func TestPasswordHashRoundTrip(t *testing.T) {
	t.Parallel()
	hash, err := hashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !checkPassword(hash, "correct horse battery staple") {
		t.Fatal("the password does not match its own hash")
	}
	if checkPassword(hash, "correct horse battery stapler") {
		t.Fatal("another password matches")
	}
	for _, broken := range []string{"", "plain", "$argon2id$v=19$m=x$a$b", hash[:len(hash)-10] + "!!!!!!!!!!"} {
		if checkPassword(broken, "correct horse battery staple") {
			t.Fatalf("a malformed hash %q matched", broken)
		}
	}
}

// TestDummyHashCostsWhatARealHashCosts: a login for an unknown email is checked against
// dummyHash, so it must carry the parameters of a real hash (the same argon2id work,
// hence the same time) and match no password.
func TestDummyHashCostsWhatARealHashCosts(t *testing.T) {
	t.Parallel()
	genuine, err := hashPassword("whatever")
	if err != nil {
		t.Fatal(err)
	}
	params := func(h string) string { return strings.Join(strings.Split(h, "$")[1:4], "$") }
	if params(dummyHash) != params(genuine) {
		t.Fatalf("dummy hash parameters %q, a real hash's %q", params(dummyHash), params(genuine))
	}
	if len(dummyHash) != len(genuine) {
		t.Fatalf("dummy hash is %d characters, a real one %d", len(dummyHash), len(genuine))
	}
	for _, password := range []string{"", "npsdesk-dummy-password", "password", "0"} {
		if checkPassword(dummyHash, password) {
			t.Fatalf("%q matches the dummy hash", password)
		}
	}
}
