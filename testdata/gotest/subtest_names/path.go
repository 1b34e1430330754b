package paths

import "strings"

// Clean collapses repeated slashes and removes "." elements.
func Clean(p string) string {
	var parts []string
	for _, s := range strings.Split(p, "/") {
		if s == "" || s == "." {
			continue
		}
		parts = append(parts, s)
	}
	out := strings.Join(parts, "/")
	if strings.HasPrefix(p, "/") {
		out = "/" + out
	}
	if out == "" {
		return "."
	}
	return out
}
