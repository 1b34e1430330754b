package slow

import (
	"testing"
	"time"
)

func TestQuick(t *testing.T) {
	dl, ok := t.Deadline()
	t.Log("has deadline:", ok, time.Until(dl) < 2*time.Second)
}

func TestSlow(t *testing.T) {
	t.Log("sleeping")
	time.Sleep(3 * time.Second)
	t.Log("woke")
}
