package main

import (
	"fmt"
	"sync"
)

func count(n, workers int) int {
	var mu sync.Mutex
	c := 0
	done := make(chan bool)
	for w := 0; w < workers; w++ {
		go func() {
			mu.Lock()
			c += n / workers
			mu.Unlock()
			done <- true
		}()
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	return c
}

func main() {
	fmt.Println(count(1000, 4))
}
