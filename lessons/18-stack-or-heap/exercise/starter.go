package main

import (
	"fmt"
	"runtime"
)

type Reading struct {
	Sensor int
	Value  float64
}

// latest is the most recent reading.
var latest *Reading

func record(sensor int, value float64) {
	latest = &Reading{sensor, value}
}

// allocsPerCall runs f 1000 times and returns the heap allocations per run.
func allocsPerCall(f func()) float64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	return float64(after.Mallocs-before.Mallocs) / 1000
}

func main() {
	allocs := allocsPerCall(func() { record(7, 21.5) })
	fmt.Println("latest:", latest.Sensor, latest.Value)
	fmt.Printf("allocations per call: %.0f\n", allocs)
}
