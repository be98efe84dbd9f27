import { authRouteHandler } from "@/lib/auth";

export { authRouteHandler as GET, authRouteHandler as POST };
