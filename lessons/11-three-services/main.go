package main

import (
	"fmt"
	"time"
)

type result struct {
	service string
	answer  string
}

// query pretends to call a service that needs the given latency.
func query(service string, latency time.Duration, out chan<- result) {
	time.Sleep(latency)
	out <- result{service, service + " results"}
}

func main() {
	start := time.Now()
	services := []struct {
		name    string
		latency time.Duration
	}{{"web", 30 * time.Millisecond}, {"image", 80 * time.Millisecond}, {"video", 20 * time.Millisecond}}

	out := make(chan result, len(services)) // buffered: late answers never block their sender
	for _, s := range services {
		go query(s.name, s.latency, out) // fan-out
	}

	deadline := time.After(50 * time.Millisecond)
	var got []string
	for range services { // fan-in: one answer per service, or the deadline
		select {
		case r := <-out:
			got = append(got, r.answer)
		case <-deadline:
			fmt.Println("deadline reached")
			fmt.Println(got, "in", time.Since(start).Truncate(10*time.Millisecond))
			return
		}
	}
	fmt.Println(got, "in", time.Since(start).Truncate(10*time.Millisecond))
}
