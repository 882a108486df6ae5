package server

import (
	"errors"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/npsdesk/npsdesk/storage"
)

// tokenIssuer is the iss claim of every token this server makes.
const tokenIssuer = "npsdesk"

// sessionTTL is how long a login lasts.
const sessionTTL = 7 * 24 * time.Hour

// maxTokenLength refuses absurd tokens before any parsing work is spent on them.
const maxTokenLength = 2048

// errBadToken is any token we do not accept; the client only learns "401".
var errBadToken = errors.New("invalid token")

// tokens signs and checks access tokens: HS256 JWTs whose jti is a stored session, so
// deleting the session revokes the token at once.
type tokens struct {
	key    []byte
	parser *jwt.Parser
}

func newTokens(key []byte) *tokens {
	return &tokens{
		key: key,
		parser: jwt.NewParser(
			jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
			jwt.WithExpirationRequired(),
			jwt.WithIssuer(tokenIssuer),
			jwt.WithIssuedAt(),
		),
	}
}

// issue signs a token for the session.
func (t *tokens) issue(s storage.Session) (string, error) {
	claims := jwt.RegisteredClaims{
		Issuer:    tokenIssuer,
		Subject:   strconv.FormatUint(s.UserID, 10),
		ID:        s.ID,
		IssuedAt:  jwt.NewNumericDate(s.CreatedAt),
		ExpiresAt: jwt.NewNumericDate(s.ExpiresAt),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(t.key)
}

// sessionID checks the token's signature, algorithm, issuer and expiry and returns the
// session id it names. Whether that session still exists is the caller's next check.
func (t *tokens) sessionID(raw string) (string, error) {
	if raw == "" || len(raw) > maxTokenLength {
		return "", errBadToken
	}
	var claims jwt.RegisteredClaims
	_, err := t.parser.ParseWithClaims(raw, &claims, func(*jwt.Token) (any, error) { return t.key, nil })
	if err != nil || claims.ID == "" {
		return "", errBadToken
	}
	return claims.ID, nil
}
