package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32))
	fmt.Println(f32*3, f64*3)
	var a float32 = 16777216
	fmt.Println(a+1, a+2)
	fmt.Println(1.0/3.0, float32(1.0)/3)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, math.IsNaN(nan))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz, negz == 0)
	f399 := 3.99
	fmt.Println(int(f399), int(-f399), int64(1e18), uint8(255.0))
	x := 2.5
	fmt.Println(int(x), math.Round(x), math.Floor(-x), math.Ceil(x), math.Trunc(-x))
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(float32(1e6), float32(3.4e38), float32(1)/float32(7))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.Inf(1), math.Inf(-1))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Mod(7, 3))
	var sum float64
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += 0.1
	}
	fmt.Println(s32)
	fmt.Println(7.0/2, float64(7)/2, 7/2)
	var i int = 7
	fmt.Println(float64(i)/2, float32(i)/3)
	fmt.Printf("%v %v %v\n", 100.0, 1.5e-7, -0.0)
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0))
	big := 1e300
	fmt.Println(big*big, -big*big)
	fmt.Println(float32(16777217), float64(float32(0.1)))
}
