package main

import "testing"

func TestAdd(t *testing.T) {
	if add(1, 2) != 3 {
		t.Fatal("1+2 is not 3")
	}
	t.Run("small numbers", func(t *testing.T) { t.Log("small") })
	t.Run("big", func(t *testing.T) {
		if add(1<<40, 1) != 1<<40+1 {
			t.Error("big numbers")
		}
		t.Log("big")
	})
}

func TestAddNegative(t *testing.T) {
	if add(-1, -2) != -3 {
		t.Error("negatives")
	}
}

func TestOther(t *testing.T) { t.Log("other") }
