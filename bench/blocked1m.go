package main

import (
	"fmt"
	"runtime"
)

// 1,000,000 goroutines blocked at once on one channel, then released.
func main() {
	const n = 1_000_000
	release := make(chan struct{})
	done := make(chan struct{}, n)
	for i := 0; i < n; i++ {
		go func() {
			<-release
			done <- struct{}{}
		}()
	}
	fmt.Println("blocked:", runtime.NumGoroutine()-1)
	close(release)
	for i := 0; i < n; i++ {
		<-done
	}
	fmt.Println("all released")
}
