package re

import "testing"

func noop(t *testing.T) {}

func TestAlpha(t *testing.T)     {}
func TestBeta(t *testing.T)      {}
func TestÉcole(t *testing.T)     {}
func TestΣigma(t *testing.T)     {}
func TestX_1(t *testing.T)       {}
func Test2Fast(t *testing.T)     {}
func TestSub(t *testing.T) {
	for _, n := range []string{"a", "b c", "ümlaut", "x.y", "10", "A-B", "tab\t", "new\nline", "UPPER", "a*b"} {
		t.Run(n, noop)
	}
}
