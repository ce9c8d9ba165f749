package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); fmt.Println("a") }()
	go func() { defer wg.Done(); fmt.Println("b") }()
	wg.Wait()
}
