package main

import (
	"fmt"
	"testing"
)

func TestOK(t *testing.T) {
	t.Logf("two\nlines")
	if Sum(nil) != 0 {
		t.Fatal("nil")
	}
	fmt.Println("printed")
}

func TestRunDup(t *testing.T) {
	t.Run("a", func(t *testing.T) {
		t.Run("deep", func(t *testing.T) { t.Log("deep log") })
	})
	t.Run("a", func(t *testing.T) {})
}
