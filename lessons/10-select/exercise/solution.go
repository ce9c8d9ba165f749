package main

import (
	"fmt"
	"time"
)

// ask calls a service that takes latency to answer.
func ask(name string, latency time.Duration) <-chan string {
	out := make(chan string, 1)
	go func() {
		time.Sleep(latency)
		out <- name + " answered"
	}()
	return out
}

// within returns the answer, or "timeout" when it takes longer than limit.
func within(answer <-chan string, limit time.Duration) string {
	select {
	case a := <-answer:
		return a
	case <-time.After(limit):
		return "timeout"
	}
}

func main() {
	fmt.Println(within(ask("fast", 50*time.Millisecond), 100*time.Millisecond))
	fmt.Println(within(ask("slow", 2*time.Second), 100*time.Millisecond))
}
