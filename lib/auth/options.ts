import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { signInWithPassword } from "./sign-in";
import { clientIdFromHeaders } from "./client-id";
import { authSecret } from "./secret";

export const SESSION_MAX_AGE_SECONDS = 8 * 3600;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: env.APP_URL.startsWith("https://"),
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await signInWithPassword(db, {
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          client: clientIdFromHeaders(req.headers ?? {}),
        });
        // next-auth passes the thrown message to the sign-in page as ?error=…; the page translates it.
        if (!result.ok) {
          throw new Error(
            result.retryAfterSeconds ? `${result.reason}:${result.retryAfterSeconds}` : result.reason,
          );
        }
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          role: result.user.role,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.authAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid, role: token.role, authAt: token.authAt };
      return session;
    },
  },
};
