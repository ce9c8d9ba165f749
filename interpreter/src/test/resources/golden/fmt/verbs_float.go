package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f\n", x, x, x, x, x, x)
	fmt.Printf("%e|%E|%.2e|%g|%G\n", x, x, 123456.789, x, 1e-7)
	fmt.Printf("%g|%g|%g|%g|%g\n", 100000.0, 1000000.0, 1e21, 0.0001, 0.00001)
	fmt.Printf("%v|%v|%v|%v\n", 1.0, 0.5, 2.0/3, float32(2.0/3))
	fmt.Printf("%.3g|%.10g|%#g\n", 1234.5678, 1.0/3, 1.0)
	fmt.Printf("%.2f|%.2f|%.0f|%.0f|%.1f\n", 1.005, 2.675, 0.5, 1.5, 0.25)
	fmt.Printf("%f|%f|%f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-7v|%07.2f\n", math.Inf(1), math.NaN(), -1.5)
	fmt.Printf("%v %v\n", float32(0.1), float64(float32(0.1)))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Println(1e100, 1.5e-10, 123456789.0, 12345678.0, float32(1e10))
	fmt.Println(math.MaxFloat32, float32(math.MaxFloat32), math.SmallestNonzeroFloat64)
	fmt.Printf("%v %.3v %10.4v|\n", 3.0, math.Pi, math.E)
	var f32 float32 = 16777216.0
	fmt.Printf("%v %f %e\n", f32, f32, f32)
	fmt.Printf("%b\n", 1.0)
	fmt.Println(-0.0, math.Copysign(0, -1), 100.0, 1e6, 1e-4, 1e-5)
}
