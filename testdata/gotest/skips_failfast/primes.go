package primes

// Sieve returns the primes below n.
func Sieve(n int) []int {
	if n < 2 {
		return nil
	}
	composite := make([]bool, n)
	var out []int
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		out = append(out, i)
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	return out
}

// IsPrime by trial division.
func IsPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}
