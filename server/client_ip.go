package server

import (
	"net/netip"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// proxySet is the trusted proxies of Config.TrustedProxies: addresses and CIDR ranges.
type proxySet struct {
	prefixes []netip.Prefix
}

func newProxySet(entries []string) proxySet {
	var s proxySet
	for _, e := range entries {
		e = strings.TrimSpace(e)
		if p, err := netip.ParsePrefix(e); err == nil {
			s.prefixes = append(s.prefixes, p.Masked())
		} else if a, err := netip.ParseAddr(e); err == nil {
			a = a.Unmap()
			s.prefixes = append(s.prefixes, netip.PrefixFrom(a, a.BitLen()))
		}
	}
	return s
}

func (s proxySet) trusts(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range s.prefixes {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// clientIP is the address the rate limits count a request against.
//
// Without trusted proxies it is the connection's address: X-Forwarded-For is ignored, so
// a client cannot pick its own key. Behind a trusted proxy it is the address that proxy
// saw: X-Forwarded-For read from the right, skipping trusted proxies. The entries further
// left were written by the client and prove nothing; taking the first (as fiber's c.IP()
// does with the header configured) would let a client behind the proxy choose a fresh
// key for every request.
func (s *Server) clientIP(c *fiber.Ctx) string {
	remote, _ := netip.AddrFromSlice(c.Context().RemoteIP())
	remote = remote.Unmap()
	if !s.proxies.trusts(remote) {
		return remote.String()
	}
	var hops []string
	for _, v := range c.Request().Header.PeekAll(fiber.HeaderXForwardedFor) {
		for _, hop := range strings.Split(string(v), ",") {
			hops = append(hops, strings.TrimSpace(hop))
		}
	}
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(hops[i])
		if err != nil {
			// A trusted proxy wrote something that is not an address: the chain is
			// misconfigured, and the proxy is the best we know.
			return remote.String()
		}
		if !s.proxies.trusts(a) {
			return a.Unmap().String()
		}
	}
	return remote.String()
}
