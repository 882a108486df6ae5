package server

import (
	"strings"

	"github.com/gofiber/fiber/v2"
)

// contentSecurityPolicy allows only our own scripts, styles and sockets. frameAncestors
// says who may frame the page: nobody for the team app, anyone for the customer's chat.
func contentSecurityPolicy(frameAncestors string) string {
	return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
		"img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
		"form-action 'self'; frame-ancestors " + frameAncestors
}

var teamCSP = contentSecurityPolicy("'none'")

// securityHeaders sets the headers every response carries.
func securityHeaders(c *fiber.Ctx) error {
	setSecurityHeaders(c)
	return c.Next()
}

// setSecurityHeaders is securityHeaders without the rest of the chain: the error handler
// calls it too, for errors raised before any middleware ran (headers too large, a
// malformed request line).
func setSecurityHeaders(c *fiber.Ctx) {
	h := &c.Response().Header
	h.Set(fiber.HeaderXContentTypeOptions, "nosniff")
	h.Set(fiber.HeaderReferrerPolicy, "same-origin")
	h.Set(fiber.HeaderXFrameOptions, "DENY")
	h.Set(fiber.HeaderContentSecurityPolicy, teamCSP)
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if strings.HasPrefix(c.Path(), "/api/") {
		// API answers carry tokens and customers' data: no cache keeps them.
		h.Set(fiber.HeaderCacheControl, "no-store")
	}
}
