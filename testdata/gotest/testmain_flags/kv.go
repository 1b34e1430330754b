package kv

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

var ErrNotFound = errors.New("kv: not found")

type Store struct {
	path string
	data map[string]string
}

func Open(path string) (*Store, error) {
	s := &Store{path: path, data: map[string]string{}}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if line == "" {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("kv: bad line %q", line)
		}
		s.data[k] = v
	}
	return s, nil
}

func (s *Store) Get(k string) (string, error) {
	v, ok := s.data[k]
	if !ok {
		return "", fmt.Errorf("get %s: %w", k, ErrNotFound)
	}
	return v, nil
}

func (s *Store) Put(k, v string) { s.data[k] = v }

func (s *Store) Close() error {
	keys := make([]string, 0, len(s.data))
	for k := range s.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%s\n", k, s.data[k])
	}
	return os.WriteFile(s.path, []byte(b.String()), 0o644)
}
