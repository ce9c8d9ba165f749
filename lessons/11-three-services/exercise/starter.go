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
	fmt.Println(search("web", 30*time.Millisecond))
	fmt.Println(search("image", 80*time.Millisecond))
	fmt.Println(search("video", 20*time.Millisecond))
	fmt.Println("took", time.Since(start).Truncate(10*time.Millisecond))
}
