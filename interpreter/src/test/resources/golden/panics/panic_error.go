package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Print("partial line without newline")
	panic(fmt.Errorf("wrapped: %w", errors.New("disk full")))
}
