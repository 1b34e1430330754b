/*
 * ctx_arm64.S: goroutine context switch for AArch64 (AAPCS64).
 *
 * rt_ctx_switch(void **save_sp, void *new_sp): saves the callee-saved
 * registers (x19-x28, fp, lr, d8-d15) in a 160-byte frame on the current
 * stack, stores sp in *save_sp, switches to new_sp, restores the other
 * goroutine's frame and returns through its lr.
 *
 * A new goroutine's frame (sched_core.c builds it) holds x19 = argument,
 * x20 = entry function, fp = 0 and lr = rt_ctx_start.
 * Frame layout from the saved sp upward:
 *   x19 x20 x21 x22 x23 x24 x25 x26 x27 x28 x29 x30 d8 .. d15
 */
#if defined(__aarch64__)
	.text
	.globl rt_ctx_switch
	.type rt_ctx_switch, %function
rt_ctx_switch:
	sub sp, sp, #160
	stp x19, x20, [sp, #0]
	stp x21, x22, [sp, #16]
	stp x23, x24, [sp, #32]
	stp x25, x26, [sp, #48]
	stp x27, x28, [sp, #64]
	stp x29, x30, [sp, #80]
	stp d8, d9, [sp, #96]
	stp d10, d11, [sp, #112]
	stp d12, d13, [sp, #128]
	stp d14, d15, [sp, #144]
	mov x2, sp
	str x2, [x0]
	mov sp, x1
	ldp x19, x20, [sp, #0]
	ldp x21, x22, [sp, #16]
	ldp x23, x24, [sp, #32]
	ldp x25, x26, [sp, #48]
	ldp x27, x28, [sp, #64]
	ldp x29, x30, [sp, #80]
	ldp d8, d9, [sp, #96]
	ldp d10, d11, [sp, #112]
	ldp d12, d13, [sp, #128]
	ldp d14, d15, [sp, #144]
	add sp, sp, #160
	ret
	.size rt_ctx_switch, .-rt_ctx_switch

	.globl rt_ctx_start
	.type rt_ctx_start, %function
rt_ctx_start:
	mov x29, #0
	mov x30, #0
	mov x0, x19
	blr x20
	brk #0
	.size rt_ctx_start, .-rt_ctx_start
#endif
	.section .note.GNU-stack,"",%progbits
