package main

import (
	"fmt"
	"sync"
)

// Race-detector benchmark: goroutines multiply matrices row by row, reading shared inputs
// and writing disjoint rows of the result, then main sums it after Wait. No race: every
// access is checked and found ordered.
func main() {
	const n = 120
	a := make([][]float64, n)
	b := make([][]float64, n)
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		a[i] = make([]float64, n)
		b[i] = make([]float64, n)
		c[i] = make([]float64, n)
		for j := 0; j < n; j++ {
			a[i][j] = float64(i + j)
			b[i][j] = float64(i - j)
		}
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += 8 {
				row := c[i]
				for k := 0; k < n; k++ {
					aik := a[i][k]
					bk := b[k]
					for j := 0; j < n; j++ {
						row[j] += aik * bk[j]
					}
				}
			}
		}(w)
	}
	wg.Wait()
	sum := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			sum += c[i][j]
		}
	}
	fmt.Println(sum)
}
