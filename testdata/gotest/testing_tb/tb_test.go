package tb

import (
	"os"
	"strings"
	"testing"
)

// assertContains works for tests and benchmarks alike.
func assertContains(tb testing.TB, s, sub string) {
	tb.Helper()
	if !strings.Contains(s, sub) {
		tb.Errorf("%q does not contain %q", s, sub)
	}
}

func withEnv(tb testing.TB, k, v string) {
	tb.Helper()
	tb.Setenv(k, v)
	tb.Logf("%s set for %s", k, tb.Name())
}

func TestContains(t *testing.T) {
	assertContains(t, "gopher", "go")
	assertContains(t, "gopher", "rust")
	withEnv(t, "TB_MODE", "test")
	assertContains(t, os.Getenv("TB_MODE"), "test")
}

func BenchmarkContains(b *testing.B) {
	withEnv(b, "TB_MODE", "bench")
	for i := 0; i < b.N; i++ {
		assertContains(b, "gopher", "ph")
	}
}

func TestAfter(t *testing.T) {
	if v, ok := os.LookupEnv("TB_MODE"); ok {
		t.Errorf("TB_MODE leaked: %q", v)
	}
	var tbs []testing.TB = []testing.TB{t, &testing.B{}}
	t.Log(len(tbs))
}
