package main

import "testing"

func expect(t *testing.T, n, workers int) {
	t.Helper()
	if got := Count(n, workers); got != n {
		t.Errorf("Count(%d, %d) = %d, want %d", n, workers, got, n)
	}
}

func TestOneWorker(t *testing.T) {
	expect(t, 100, 1)
}

func TestManyWorkers(t *testing.T) {
	for _, w := range []int{2, 3, 10} {
		expect(t, 3000, w)
	}
}

func TestUneven(t *testing.T) {
	t.Run("7 by 3", func(t *testing.T) { expect(t, 7, 3) })
	t.Run("zero", func(t *testing.T) { expect(t, 0, 4) })
}
