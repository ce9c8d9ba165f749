package main

// Run once by the lanes launcher after each build, with the JVM recording the classes it
// loads into interpreter/target/lanes.jsa: a class-data archive that halves every later start.
// It touches what most programs use: fmt, strings, strconv, sort, errors, maps, slices,
// methods and interfaces, goroutines, channels, select, sync, time, a recovered panic.

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type shape interface{ area() float64 }

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	count := map[string]int{}
	for _, w := range words {
		count[w]++
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		sb.WriteString(k + "=" + strconv.Itoa(count[k]) + " ")
	}
	fmt.Fprintln(os.Stdout, sb.String())
	var s shape = rect{2, 3}
	fmt.Printf("%v %+v %T %.2f %5d %q %x\n", s, s, s, s.area(), 42, "go", 255)
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Println(err, errors.Unwrap(err) == nil)
	}
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)

	var wg sync.WaitGroup
	var mu sync.Mutex
	results := make(chan int, 4)
	done := make(chan struct{})
	total := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
			results <- i * i
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	timeout := time.After(time.Second)
	sum := 0
	for r := range results {
		sum += r
	}
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(done)
	}()
	select {
	case <-done:
	case <-timeout:
	}
	fmt.Println(total, sum, time.Duration(1500)*time.Millisecond)
}
