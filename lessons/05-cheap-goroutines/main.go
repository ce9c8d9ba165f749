package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 100_000
	var wg sync.WaitGroup
	release := make(chan struct{})
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release // park until main lets everyone go
			results <- i % 10
		}()
	}
	fmt.Println("goroutines alive:", runtime.NumGoroutine())
	close(release)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)
	fmt.Println("goroutines alive:", runtime.NumGoroutine())
}
