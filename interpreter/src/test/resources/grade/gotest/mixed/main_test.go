package main

import "testing"

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestSum(t *testing.T) {
	t.Log("summing")
	check(t, Sum([]int{1, 2, 3}), 6)
}

func TestBad(t *testing.T) {
	check(t, Sum([]int{1}), 2)
	t.Logf("after %d", 1)
	t.Fatal("stop")
	t.Log("never")
}

func TestSub(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup") })
	t.Run("one", func(t *testing.T) { t.Log("in one") })
	t.Run("two words", func(t *testing.T) { t.Error("bad two") })
	t.Run("skip", func(t *testing.T) { t.Skip("later") })
	t.Log(t.Name())
}
