package paths

import "testing"

func TestClean(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a/b", "a/b"},
		{"a//b", "a/b"},
		{"/a/./b/", "/a/b"},
		{"", "."},
		{"a/b", "a/b"},
		{"a b/c", "a b/c"},
		{"tab\there", "tab\there"},
		{"é/ü", "é/ü"},
		{"bell\a", "bell\a"},
		{"a/../b", "b"}, // not handled
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := Clean(c.in); got != c.want {
				t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestNames(t *testing.T) {
	for _, name := range []string{"", "", "x", "x", "x#01", "  ", "new\nline"} {
		t.Run(name, func(t *testing.T) {
			t.Logf("running as %q", t.Name())
		})
	}
}
