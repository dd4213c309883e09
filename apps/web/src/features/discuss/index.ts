/** The discussion feature's parts used elsewhere in the app. */
export { LessonDiscussion } from './components/LessonDiscussion';
export { useThreadPosts, type ThreadPost } from './hooks/useThreadPosts';
export { reachedScenes, type ReachedScene } from './storyScenes';
