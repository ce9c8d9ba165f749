package main

import "testing"

func TestX(t *testing.T) {
	x := 1
}
