package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("deferred calls do not run after a fatal error")
	var mu sync.RWMutex
	mu.RLock()
	mu.RUnlock()
	mu.RUnlock()
}
