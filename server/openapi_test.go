package server

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"
)

var (
	openapiPath   = regexp.MustCompile(`^  (/\S+):\s*$`)
	openapiMethod = regexp.MustCompile(`^    (get|post|put|patch|delete):\s*$`)
	routeParam    = regexp.MustCompile(`:(\w+)`)
)

// TestOpenAPIDescribesEveryRoute keeps docs/openapi.yaml in step with the route table.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	t.Parallel()
	documented := readOpenAPIRoutes(t, "../docs/openapi.yaml")
	a := newTestApp(t, true)
	for _, r := range a.srv.App().GetRoutes(true) {
		if !strings.HasPrefix(r.Path, "/api/v1/") || r.Method == "HEAD" || strings.Contains(r.Path, "*") {
			continue
		}
		key := strings.ToLower(r.Method) + " " + routeParam.ReplaceAllString(r.Path, "{$1}")
		if !documented[key] {
			t.Errorf("docs/openapi.yaml does not describe %s", key)
		}
	}
}

func readOpenAPIRoutes(t *testing.T, path string) map[string]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	routes := map[string]bool{}
	current := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if m := openapiPath.FindStringSubmatch(sc.Text()); m != nil {
			current = m[1]
		} else if m := openapiMethod.FindStringSubmatch(sc.Text()); m != nil && current != "" {
			routes[m[1]+" "+current] = true
		}
	}
	return routes
}
