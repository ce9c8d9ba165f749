package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println(work(ctx, 10*time.Millisecond))
	err := work(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	parent, stop := context.WithCancel(context.Background())
	child := context.WithValue(parent, "user", "gopher")
	stop()
	<-child.Done()
	fmt.Println(child.Err(), child.Value("user"), child.Value("missing"))
	fmt.Println(context.Background(), context.TODO().Err())
}
