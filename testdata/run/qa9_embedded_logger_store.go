// Embedding: a Store embeds *Logger (pointer) and Metrics (value); promoted
// methods, shadowing, interface satisfaction through embedding.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	out    *strings.Builder
}

func (l *Logger) Log(msg string) {
	l.out.WriteString(l.prefix + msg + "\n")
}

type Metrics struct {
	reads, writes int
}

func (m *Metrics) Read()  { m.reads++ }
func (m *Metrics) Write() { m.writes++ }
func (m Metrics) String() string {
	return fmt.Sprintf("reads=%d writes=%d", m.reads, m.writes)
}

type Store struct {
	*Logger
	Metrics
	data map[string]string
}

func (s *Store) Set(k, v string) {
	s.Write()
	s.data[k] = v
	s.Log("set " + k)
}

func (s *Store) Get(k string) (string, bool) {
	s.Read()
	v, ok := s.data[k]
	return v, ok
}

// Log shadows the promoted Logger.Log on *Audited.
type Audited struct {
	*Store
	events int
}

func (a *Audited) Log(msg string) {
	a.events++
	a.Store.Log("[audit] " + msg)
}

type LogWriter interface{ Log(string) }

func main() {
	var sb strings.Builder
	s := &Store{Logger: &Logger{"store: ", &sb}, data: map[string]string{}}
	s.Set("a", "1")
	s.Set("b", "2")
	v, ok := s.Get("a")
	_, missing := s.Get("zzz")
	fmt.Println(v, ok, missing, s.Metrics)

	a := &Audited{Store: s}
	a.Log("direct")
	a.Set("c", "3") // Store.Set calls s.Log, not Audited.Log
	var lw LogWriter = a
	lw.Log("via iface")
	lw = s
	lw.Log("store iface")
	fmt.Print(sb.String())
	fmt.Println("events", a.events, "metrics", a.Metrics.String(), fmt.Sprint(s.Metrics))
}
