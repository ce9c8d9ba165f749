package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

var sink *Point
var sinkSlice []int

// local's &Point{} never leaves the function: escape analysis keeps it on the stack.
func local() int {
	p := &Point{1, 2}
	return p.X + p.Y
}

// leak's &Point{} is returned: a heap allocation.
func leak() *Point {
	return &Point{3, 4}
}

func buffers(n int) int {
	fixed := make([]int, 8) // constant size: stack
	sized := make([]int, n) // size known only at run time: heap
	return len(fixed) + len(sized)
}

func allocs(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.Mallocs - before.Mallocs) / 100
}

func main() {
	total := 0
	fmt.Println("local:  ", allocs(func() { total += local() }))
	fmt.Println("leak:   ", allocs(func() { sink = leak() }))
	fmt.Println("buffers:", allocs(func() { total += buffers(4) }))
	fmt.Println("new:    ", allocs(func() { q := new(Point); q.X = total; total = q.X }))
	fmt.Println(total > 0, sink.X)
}
