package main

func f() int

func (T) M() int

type T int

func main() {}
