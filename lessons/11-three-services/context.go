package main

import (
	"context"
	"fmt"
	"time"
)

// query waits for the service, but gives up as soon as ctx is done.
func query(ctx context.Context, service string, latency time.Duration) (string, error) {
	select {
	case <-time.After(latency):
		return service + " results", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()

	type answer struct {
		service string
		text    string
		err     error
	}
	latencies := map[string]time.Duration{"web": 30 * time.Millisecond, "image": 80 * time.Millisecond, "video": 20 * time.Millisecond}
	names := []string{"web", "image", "video"}
	out := make(chan answer)
	for _, name := range names {
		go func() {
			text, err := query(ctx, name, latencies[name])
			out <- answer{name, text, err}
		}()
	}
	for range names {
		a := <-out
		if a.err != nil {
			fmt.Println(a.service+":", a.err)
		} else {
			fmt.Println(a.service+":", a.text)
		}
	}
}
