package primes

import (
	"os"
	"testing"
)

func TestSmall(t *testing.T) {
	got := Sieve(20)
	want := []int{2, 3, 5, 7, 11, 13, 17, 19}
	if len(got) != len(want) {
		t.Fatalf("Sieve(20) = %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Sieve(20)[%d] = %d, want %d", i, got[i], want[i])
		}
	}
}

func TestAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the slow comparison in -short mode")
	}
	ps := Sieve(5000)
	set := map[int]bool{}
	for _, p := range ps {
		set[p] = true
	}
	for n := 0; n < 5000; n++ {
		if IsPrime(n) != set[n] {
			t.Fatalf("disagree at %d", n)
		}
	}
	t.Logf("%d primes below 5000", len(ps))
}

func TestNeedsEnv(t *testing.T) {
	if os.Getenv("PRIMES_BIG") == "" {
		t.Skipf("set PRIMES_BIG to run (%s)", t.Name())
	}
}

func TestSubSkips(t *testing.T) {
	for _, n := range []int{1, 2, 9, 97} {
		n := n
		t.Run(string(rune('a'+n%26)), func(t *testing.T) {
			if n < 2 {
				t.SkipNow()
			}
			if !IsPrime(n) {
				t.Skipf("%d is not prime", n)
			}
			t.Log(n, "is prime")
		})
	}
	if t.Failed() {
		t.Log("something failed")
	}
}

func TestFailsThenSkips(t *testing.T) {
	t.Error("a failure first")
	t.Skip("then a skip")
}

func TestLast(t *testing.T) {
	t.Log("last test ran")
}
