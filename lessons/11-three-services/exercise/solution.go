package main

import (
	"fmt"
	"time"
)

func search(kind string, latency time.Duration) string {
	time.Sleep(latency)
	return kind + " results"
}

func main() {
	start := time.Now()
	results := make(chan string, 3)
	go func() { results <- search("web", 30*time.Millisecond) }()
	go func() { results <- search("image", 80*time.Millisecond) }()
	go func() { results <- search("video", 20*time.Millisecond) }()

	deadline := time.After(50 * time.Millisecond)
collect:
	for i := 0; i < 3; i++ {
		select {
		case r := <-results:
			fmt.Println(r)
		case <-deadline:
			break collect // the page goes out with what it has
		}
	}
	fmt.Println("took", time.Since(start).Truncate(10*time.Millisecond))
}
